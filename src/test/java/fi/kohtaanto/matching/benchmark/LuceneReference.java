package fi.kohtaanto.matching.benchmark;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import fi.kohtaanto.matching.engine.CandidateProfile;
import fi.kohtaanto.matching.engine.VacancyProfile;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;

/**
 * The reference: each candidate a Lucene document with its skill ids as terms of field {@code skill} and its
 * occupations in {@code occupation}, BM25 (the default similarity); a vacancy is a BooleanQuery of SHOULD term
 * queries, required skills boosted 3. Indexed on disk in a temporary directory through {@link MMapDirectory},
 * force-merged to one segment.
 */
final class LuceneReference implements Closeable {

	private static final FieldType TERM = new FieldType();

	static {
		// One untokenised term per value, with frequencies and norms so that BM25 sees the profile's length.
		TERM.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		TERM.setTokenized(false);
		TERM.setOmitNorms(false);
		TERM.freeze();
	}

	private final Path directory;

	private final MMapDirectory index;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	/** Candidate id by Lucene document number. */
	private final long[] ids;

	private LuceneReference(Path directory, MMapDirectory index) throws IOException {
		this.directory = directory;
		this.index = index;
		this.reader = DirectoryReader.open(index);
		this.searcher = new IndexSearcher(reader);
		this.ids = new long[reader.maxDoc()];
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues values = leaf.reader().getNumericDocValues("id");
			for (int doc = values.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
				ids[leaf.docBase + doc] = values.longValue();
			}
		}
	}

	static LuceneReference build(List<CandidateProfile> candidates) throws IOException {
		Path directory = Files.createTempDirectory("kohtaanto-lucene-");
		MMapDirectory index = new MMapDirectory(directory);
		IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(256);
		try (IndexWriter writer = new IndexWriter(index, config)) {
			for (CandidateProfile candidate : candidates) {
				Document document = new Document();
				for (int skill : candidate.skills()) {
					document.add(new Field("skill", Integer.toString(skill), TERM));
				}
				for (int occupation : candidate.occupations()) {
					document.add(new Field("occupation", Integer.toString(occupation), TERM));
				}
				document.add(new NumericDocValuesField("id", candidate.id()));
				writer.addDocument(document);
			}
			writer.forceMerge(1);
			writer.commit();
		}
		return new LuceneReference(directory, index);
	}

	/** Ids of the best {@code k} candidates for the vacancy. */
	long[] top(VacancyProfile vacancy, int k) throws IOException {
		ScoreDoc[] hits = searcher.search(query(vacancy), k).scoreDocs;
		long[] top = new long[hits.length];
		for (int i = 0; i < hits.length; i++) {
			top[i] = ids[hits[i].doc];
		}
		return top;
	}

	static Query query(VacancyProfile vacancy) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int skill : vacancy.requiredSkills()) {
			query.add(new BoostQuery(new TermQuery(new Term("skill", Integer.toString(skill))), 3f),
					BooleanClause.Occur.SHOULD);
		}
		for (int skill : vacancy.niceToHaveSkills()) {
			query.add(new TermQuery(new Term("skill", Integer.toString(skill))), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/** Size of the index files. */
	long bytesOnDisk() throws IOException {
		long bytes = 0;
		for (String file : index.listAll()) {
			bytes += index.fileLength(file);
		}
		return bytes;
	}

	@Override
	public void close() throws IOException {
		reader.close();
		index.close();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
