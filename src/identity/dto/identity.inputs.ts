import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const emailRules = () => [
  // People paste addresses with stray spaces; that is not a mistake worth an error.
  Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
  IsEmail({}, { context: { messageKey: 'validation.email' } }),
  MaxLength(254, { context: { messageKey: 'validation.max_length', params: { max: 254 } } }),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));

const Email = () => apply(emailRules());
const Required = () =>
  apply([
    IsString({ context: { messageKey: 'validation.required' } }),
    IsNotEmpty({ context: { messageKey: 'validation.required' } }),
    MaxLength(1024, { context: { messageKey: 'validation.max_length', params: { max: 1024 } } }),
  ]);
const NewPassword = () =>
  apply([
    IsString({ context: { messageKey: 'validation.required' } }),
    MinLength(12, { context: { messageKey: 'identity.password_too_short', params: { min: 12 } } }),
    MaxLength(256, { context: { messageKey: 'identity.password_too_long', params: { max: 256 } } }),
  ]);
const Language = () =>
  apply([
    IsString({ context: { messageKey: 'validation.required' } }),
    MinLength(2, { context: { messageKey: 'identity.unsupported_language' } }),
    MaxLength(8, { context: { messageKey: 'identity.unsupported_language' } }),
  ]);

@InputType()
export class RegisterInput {
  @Field() @Email() email: string;
  @Field() @NewPassword() password: string;
  @Field({ description: 'ISO 639-1 code of a supported language, e.g. "de" or "en".' }) @Language() preferredLanguage: string;
}

@InputType()
export class LoginInput {
  @Field() @Email() email: string;
  @Field() @Required() password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @Required() token: string;
  @Field() @NewPassword() newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @Required() currentPassword: string;
  @Field() @NewPassword() newPassword: string;
}

@InputType()
export class UpdatePreferencesInput {
  @Field() @Language() preferredLanguage: string;
}
