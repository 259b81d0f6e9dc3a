package fi.kohtaanto.employers;

/**
 * State of the workplace instructor training (työpaikkaohjaajakoulutus) agreed with an employer.
 */
public enum InstructorTraining {

	NOT_PLANNED, PLANNED, DONE

}
