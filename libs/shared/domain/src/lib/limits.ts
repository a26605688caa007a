/** Input limits shared by the API's validation and the portal's forms. */
export const LIMITS = {
  nameMax: 120,
  emailMax: 254,
  pronounsMax: 40,
  passwordMin: 10,
  passwordMax: 200,
  bioMax: 2000,
} as const;

export const COACH_PROFILE_LIMITS = {
  headlineMax: 160,
  specialtiesMax: 6,
} as const;

export const WORKSHOP_LIMITS = {
  titleMax: 160,
  descriptionMax: 5000,
  topicMax: 40,
  topicsMax: 8,
  locationMax: 500,
  capacityMax: 1000,
  facilitatorsMax: 6,
  occurrencesMax: 26,
  reasonMax: 500,
} as const;
