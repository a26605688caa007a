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
