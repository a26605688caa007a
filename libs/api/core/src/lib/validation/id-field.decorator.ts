import { applyDecorators } from '@nestjs/common';
import { Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';

export interface IdFieldOptions {
  nullable?: boolean;
  description?: string;
}

/**
 * An input field holding one id: a GraphQL `ID` that must be a UUID (BAD_USER_INPUT naming the
 * field otherwise); `nullable` also makes it optional.
 */
export function IdField(options: IdFieldOptions = {}): PropertyDecorator {
  const decorators = [Field(() => ID, options), IsUUID('all', { message: 'must be a UUID' })];
  if (options.nullable) decorators.push(IsOptional());
  return applyDecorators(...decorators);
}

/** An input field holding a list of distinct ids, at most `max` of them. */
export function IdListField(options: IdFieldOptions & { max: number }): PropertyDecorator {
  const { max, ...field } = options;
  const decorators = [Field(() => [ID], field), IsArray(), ArrayUnique(), ArrayMaxSize(max), IsUUID('all', { each: true, message: 'must be a list of UUIDs' })];
  if (field.nullable) decorators.push(IsOptional());
  return applyDecorators(...decorators);
}
