import type { ApplicationDetailsInput, District, ResidencyCategory } from './operations';

export interface ApplicationFormValues {
  category: ResidencyCategory | '';
  district: District | '';
  givenName: string;
  familyName: string;
  university: string;
  enrolmentFrom: string;
  enrolmentUntil: string;
  employer: string;
  workAddress: string;
  secondHomeAddress: string;
  registeredOn: string;
  formerAddress: string;
  livedFrom: string;
  livedUntil: string;
  consent: boolean;
}

export const EMPTY_APPLICATION: ApplicationFormValues = {
  category: '',
  district: '',
  givenName: '',
  familyName: '',
  university: '',
  enrolmentFrom: '',
  enrolmentUntil: '',
  employer: '',
  workAddress: '',
  secondHomeAddress: '',
  registeredOn: '',
  formerAddress: '',
  livedFrom: '',
  livedUntil: '',
  consent: false,
};

/** The form fields each category asks for (besides the name). */
export const FACT_FIELDS: Record<ResidencyCategory, (keyof ApplicationFormValues)[]> = {
  student: ['university', 'enrolmentFrom', 'enrolmentUntil'],
  commuter: ['employer', 'workAddress'],
  second_home: ['secondHomeAddress', 'registeredOn'],
  former_resident: ['formerAddress', 'livedFrom', 'livedUntil'],
};

export const DATE_FIELDS = new Set<keyof ApplicationFormValues>([
  'enrolmentFrom',
  'enrolmentUntil',
  'registeredOn',
  'livedFrom',
  'livedUntil',
]);

/** Which step of the guided form shows a field (server errors send the person there). */
export function stepOfField(field: string): 1 | 2 | 3 {
  if (field === 'category' || field === 'district') return 1;
  if (field === 'consent') return 3;
  return 2;
}

/** The API input: only the facts of the chosen category. */
export function toApplicationInput(values: ApplicationFormValues, category: ResidencyCategory): ApplicationDetailsInput {
  const base = {
    district: values.district as District,
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    consent: values.consent,
  };
  switch (category) {
    case 'student':
      return {
        ...base,
        student: { university: values.university.trim(), enrolmentFrom: values.enrolmentFrom, enrolmentUntil: values.enrolmentUntil },
      };
    case 'commuter':
      return { ...base, commuter: { employer: values.employer.trim(), workAddress: values.workAddress.trim() } };
    case 'second_home':
      return { ...base, secondHome: { secondHomeAddress: values.secondHomeAddress.trim(), registeredOn: values.registeredOn } };
    case 'former_resident':
      return {
        ...base,
        formerResident: { formerAddress: values.formerAddress.trim(), livedFrom: values.livedFrom, livedUntil: values.livedUntil },
      };
  }
}
