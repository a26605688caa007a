import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError } from './domain.error';

/**
 * The global pipe: class-validator rules on every input class, unknown properties refused, and
 * failures reported as BAD_USER_INPUT naming the (dotted) field and saying what is wrong with it.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      const first = problems[0] ?? { field: 'input', message: 'is invalid' };
      return new BadInputError(
        first.field,
        problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        { problems },
      );
    },
  });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: stripProperty(message, error.property) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator messages start with the property name ("email must be an email"). */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
