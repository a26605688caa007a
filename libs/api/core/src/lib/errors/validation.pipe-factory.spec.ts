import { IsEmail, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { BadInputError } from './domain.error';
import { createValidationPipe } from './validation.pipe-factory';

class Address {
  @IsString()
  @MaxLength(5)
  city!: string;
}

class Sample {
  @IsEmail()
  email!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Address)
  address?: Address;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const meta = { type: 'body' as const, metatype: Sample, data: 'input' };

  it('passes valid input through as an instance', async () => {
    const out = await pipe.transform({ email: 'a@b.edu' }, meta);
    expect(out).toBeInstanceOf(Sample);
  });

  it('reports every problem with dotted field names', async () => {
    const error = await pipe.transform({ email: 'nope', address: { city: 'Amsterdam' } }, meta).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    const bad = error as BadInputError;
    expect(bad.field).toBe('email');
    expect(bad.details['problems']).toEqual([
      { field: 'email', message: 'must be an email' },
      { field: 'address.city', message: 'must be shorter than or equal to 5 characters' },
    ]);
  });

  it('refuses properties the input class does not declare', async () => {
    const error = (await pipe.transform({ email: 'a@b.edu', role: 'ADMIN' }, meta).catch((e: unknown) => e)) as BadInputError;
    expect(error.field).toBe('role');
    expect(error.message).toBe('role: property role should not exist');
  });
});
