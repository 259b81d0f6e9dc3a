package fi.kohtaanto.employers;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid business IDs that no other test uses, counting up from 0800000 (the demo data uses 98xxxxx); their leading
 * zero lets a test enter one in the old six-digit form. The check digit is found by trying all ten;
 * {@link BusinessIdTests} checks the algorithm against known IDs.
 */
public final class BusinessIds {

	private static final AtomicInteger next = new AtomicInteger(800_000);

	private BusinessIds() {
	}

	public static String next() {
		while (true) {
			String digits = String.format("%07d", next.getAndIncrement());
			for (int check = 0; check <= 9; check++) {
				if (BusinessId.problem(digits + "-" + check).isEmpty()) {
					return digits + "-" + check;
				}
			}
		}
	}

}
