package fi.kohtaanto.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table for the funder, written as CSV (RFC 4180, UTF-8) or as an XLSX sheet. Cells are strings, numbers or
 * booleans; {@literal null} is an empty cell.
 */
record ExportTable(String name, List<String> header, List<List<Object>> rows) {

	void writeCsv(Writer out) throws IOException {
		writeCsvLine(out, List.copyOf(header));
		for (List<Object> row : rows) {
			writeCsvLine(out, row);
		}
		out.flush();
	}

	void writeXlsx(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Kohtaanto", "1.0");
		Worksheet sheet = workbook.newWorksheet(name);
		for (int column = 0; column < header.size(); column++) {
			sheet.value(0, column, header.get(column));
			sheet.style(0, column).bold().set();
		}
		for (int row = 0; row < rows.size(); row++) {
			List<Object> cells = rows.get(row);
			for (int column = 0; column < cells.size(); column++) {
				Object cell = cells.get(column);
				if (cell instanceof Number number) {
					sheet.value(row + 1, column, number);
				}
				else if (cell instanceof Boolean bool) {
					sheet.value(row + 1, column, bool);
				}
				else if (cell != null) {
					sheet.value(row + 1, column, cell.toString());
				}
			}
		}
		sheet.freezePane(0, 1);
		workbook.finish();
	}

	private static void writeCsvLine(Writer out, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(csvCell(cells.get(i)));
		}
		out.write("\r\n");
	}

	/**
	 * A cell quoted where CSV needs it. Text that a spreadsheet would take for a formula (=, +, -, @ first) gets a
	 * leading apostrophe, so that an exported name can never run as a formula.
	 */
	static String csvCell(Object cell) {
		if (cell == null) {
			return "";
		}
		String text = cell.toString();
		if (!(cell instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
