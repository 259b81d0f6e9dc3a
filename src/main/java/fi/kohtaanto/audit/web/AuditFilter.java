package fi.kohtaanto.audit.web;

import java.time.LocalDate;

import fi.kohtaanto.audit.AuditAction;
import fi.kohtaanto.audit.AuditQuery;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter form of the audit log page, bound from the query string.
 */
public class AuditFilter {

	@Size(max = 40)
	private String subject = "";

	@Min(1)
	private @Nullable Long subjectId;

	@Size(max = 60)
	private String user = "";

	private @Nullable AuditAction action;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	private int page;

	AuditQuery toQuery() {
		return new AuditQuery(subject.isBlank() ? null : subject, subjectId, user.isBlank() ? null : user, action,
				from, to);
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(@Nullable String subject) {
		this.subject = subject == null ? "" : subject.strip();
	}

	public @Nullable Long getSubjectId() {
		return subjectId;
	}

	public void setSubjectId(@Nullable Long subjectId) {
		this.subjectId = subjectId;
	}

	public String getUser() {
		return user;
	}

	public void setUser(@Nullable String user) {
		this.user = user == null ? "" : user.strip();
	}

	public @Nullable AuditAction getAction() {
		return action;
	}

	public void setAction(@Nullable AuditAction action) {
		this.action = action;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = Math.max(page, 0);
	}

}
