import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { findTextProblem } from '../validation/input-text';
import { BadInputError } from './domain.error';

/** Nest's GraphQL parameter kinds are numbers; 3 is `@Args()` (0 root, 1 context, 2 info). */
const GQL_ARGS = 3;
const CHECKED_TYPES: ReadonlyArray<ArgumentMetadata['type'] | number> = [GQL_ARGS, 'body', 'query', 'param'];

/**
 * The global pipe, run on every argument of every operation and route: strings PostgreSQL cannot
 * store (NUL, lone surrogates) are refused anywhere in the value, including plain string
 * arguments and nested inputs; then class-validator rules on every input class, unknown
 * properties refused. Failures are BAD_USER_INPUT naming the (dotted) field and saying what is
 * wrong with it.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const problems = flatten(errors);
        const first = problems[0] ?? { field: 'input', message: 'is invalid' };
        return new BadInputError(first.field, problems.map((p) => `${p.field}: ${p.message}`).join('; '), { problems });
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CHECKED_TYPES.includes(metadata.type)) {
      const problem = findTextProblem(value, metadata.data ?? 'input');
      if (problem) throw new BadInputError(problem.field, `${problem.field}: ${problem.message}`, { problems: [problem] });
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe();
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
