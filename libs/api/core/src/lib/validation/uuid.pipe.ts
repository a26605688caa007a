import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadInputError } from '../errors/domain.error';

/**
 * For `ID` arguments: a malformed id is the caller's mistake (BAD_USER_INPUT), not a miss.
 * An optional argument left out (null or undefined) passes through untouched.
 */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, string | null | undefined> {
  transform(value: unknown, metadata: ArgumentMetadata): string | null | undefined {
    if (value === null || value === undefined) return value;
    const field = metadata.data ?? 'id';
    if (typeof value !== 'string' || !isUUID(value)) throw new BadInputError(field, `${field} must be a UUID.`);
    return value.toLowerCase();
  }
}
