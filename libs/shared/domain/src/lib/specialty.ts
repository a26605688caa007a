/** What a coach can run; session types of later features use the same categories. */
export enum Specialty {
  Coding = 'CODING',
  SystemDesign = 'SYSTEM_DESIGN',
  Behavioral = 'BEHAVIORAL',
  Product = 'PRODUCT',
  ResumeReview = 'RESUME_REVIEW',
  CareerAdvising = 'CAREER_ADVISING',
}

export const SPECIALTY_LABELS: Readonly<Record<Specialty, string>> = {
  [Specialty.Coding]: 'Coding interview',
  [Specialty.SystemDesign]: 'System design',
  [Specialty.Behavioral]: 'Behavioral',
  [Specialty.Product]: 'Product',
  [Specialty.ResumeReview]: 'Résumé review',
  [Specialty.CareerAdvising]: 'Career advising',
};
