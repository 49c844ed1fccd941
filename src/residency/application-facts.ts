/** Dates are calendar dates, `YYYY-MM-DD`. */
export interface StudentFacts {
  university: string;
  enrolmentFrom: string;
  enrolmentUntil: string;
}

export interface CommuterFacts {
  employer: string;
  workAddress: string;
}

export interface SecondHomeFacts {
  secondHomeAddress: string;
  registeredOn: string;
}

export interface FormerResidentFacts {
  formerAddress: string;
  livedFrom: string;
  livedUntil: string;
}

/** The facts of an application: exactly the set its category needs. */
export type ApplicationFacts = StudentFacts | CommuterFacts | SecondHomeFacts | FormerResidentFacts;
