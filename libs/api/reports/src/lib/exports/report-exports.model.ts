import { Field, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@debrief/api/core';
import { ReportKind } from './report-exports.service';

export const ReportKindEnum = graphqlEnum(ReportKind, 'ReportKind');

@ObjectType('ReportFile')
export class ReportFileModel {
  @Field()
  filename!: string;

  @Field()
  contentType!: string;

  @Field({ description: 'CSV text, or base64 for a workbook' })
  content!: string;
}
