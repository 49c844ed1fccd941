import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainException, type FieldError } from './domain.exception.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((constraint) => {
      const context = (error.contexts?.[constraint] ?? {}) as { messageKey?: string; params?: Record<string, unknown> };
      return {
        field,
        constraint,
        messageKey: context.messageKey ?? `validation.${constraint}`,
        params: context.params,
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
    exceptionFactory: (errors) => DomainException.invalidInput(flatten(errors)),
  });
}
