import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { DomainException, type FieldError } from './domain.exception.js';

/**
 * The catalogue message of a class-validator constraint that declares no `messageKey` of its own, with
 * the parameters its text needs taken from the decorator (e.g. `@MaxLength(200)` → `{ max: 200 }`).
 * Every other constraint is "not valid": the caller never sees class-validator's English.
 */
const CONSTRAINT_MESSAGES: Record<string, { key: string; params?: (args: unknown[]) => Record<string, unknown> }> = {
  maxLength: { key: 'validation.max_length', params: ([max]) => ({ max }) },
  minLength: { key: 'validation.min_length', params: ([min]) => ({ min }) },
  arrayMaxSize: { key: 'validation.array_max_size', params: ([max]) => ({ max }) },
  max: { key: 'validation.max', params: ([max]) => ({ max }) },
  min: { key: 'validation.min', params: ([min]) => ({ min }) },
  isInt: { key: 'validation.integer' },
  isNotEmpty: { key: 'validation.required' },
  isDefined: { key: 'validation.required' },
  isString: { key: 'validation.required' },
  isEmail: { key: 'validation.email' },
  isUUID: { key: 'validation.uuid' },
  isUuid: { key: 'validation.uuid' },
  whitelistValidation: { key: 'validation.whitelistValidation' },
};

/** The arguments of the decorator behind `constraint` on the error's property (e.g. `[200]` for `@MaxLength(200)`). */
function constraintArguments(error: ValidationError, constraint: string): unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((entry) => entry.propertyName === error.property && entry.name === constraint);
  return metadata?.constraints ?? [];
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const context = (error.contexts?.[constraint] ?? {}) as { messageKey?: string; params?: Record<string, unknown> };
      if (context.messageKey) return { field, constraint, messageKey: context.messageKey, params: context.params };
      const known = CONSTRAINT_MESSAGES[constraint];
      return {
        field,
        constraint,
        messageKey: known?.key ?? 'validation.invalid',
        params: known?.params?.(constraintArguments(error, constraint)),
      };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates inputs at the edge; failures become BAD_USER_INPUT with localized field details. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    // The target lets a message find its decorator's arguments; values are never echoed.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => DomainException.invalidInput(flatten(errors)),
  });
}
