import { isValidTimeZone } from '@debrief/shared/util-time';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** An IANA time zone name the runtime knows, e.g. "America/New_York". */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an IANA time zone such as "America/New_York"', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}
