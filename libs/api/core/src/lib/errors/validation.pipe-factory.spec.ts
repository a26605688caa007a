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

describe('createValidationPipe and text PostgreSQL cannot store', () => {
  const pipe = createValidationPipe();

  it('refuses NUL in a nested input field, naming it', async () => {
    const meta = { type: 3 as unknown as 'custom', metatype: Sample, data: 'input' };
    const error = (await pipe.transform({ email: 'a@b.edu', address: { city: 'A\u0000' } }, meta).catch((e: unknown) => e)) as BadInputError;
    expect(error).toBeInstanceOf(BadInputError);
    expect(error.field).toBe('address.city');
    expect(error.message).toBe('address.city: must not contain the NUL character (U+0000)');
  });

  it('refuses a lone surrogate in a plain string argument, which class-validator never sees', async () => {
    const meta = { type: 3 as unknown as 'custom', metatype: String, data: 'search' };
    const error = (await pipe.transform('x\udfff', meta).catch((e: unknown) => e)) as BadInputError;
    expect(error.field).toBe('search');
    await expect(pipe.transform('plain', meta)).resolves.toBe('plain');
  });

  it('leaves the context and parent parameters alone', async () => {
    await expect(pipe.transform({ odd: 'x\u0000' }, { type: 1 as unknown as 'custom', metatype: Object, data: undefined })).resolves.toEqual({ odd: 'x\u0000' });
  });
});
