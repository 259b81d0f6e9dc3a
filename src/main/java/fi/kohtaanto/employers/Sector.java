package fi.kohtaanto.employers;

/**
 * What kind of organisation an employer is. The ESF+ report counts supported SMEs (private companies) and public
 * administrations separately.
 */
public enum Sector {

	PRIVATE_COMPANY, PUBLIC_ADMINISTRATION, THIRD_SECTOR

}
