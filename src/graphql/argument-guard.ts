import {
  defaultFieldResolver,
  GraphQLID,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DomainException, type FieldError } from '../common/errors/domain.exception.js';
import { isMalformedText, malformedTextError } from '../common/errors/hostile-input.js';
import { isUuid } from '../common/ids/is-uuid.js';

interface Findings {
  fields: FieldError[];
  /** Top-level `ID` arguments that are no UUID: they name nothing. */
  unknownIds: string[];
}

/** The nil UUID: well-formed, and never the id of a row (ids are random UUIDs). */
const NOTHING = '00000000-0000-0000-0000-000000000000';

function inspect(value: unknown, type: GraphQLInputType, path: string, topLevel: boolean, findings: Findings): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return inspect(value, type.ofType, path, topLevel, findings);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, index) => inspect(item, type.ofType, `${path}.${index}`, false, findings));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      if (fields[name]) inspect(item, fields[name].type, `${path}.${name}`, false, findings);
    }
    return;
  }
  if (typeof value !== 'string') return;
  if (isMalformedText(value)) {
    findings.fields.push(malformedTextError(path));
  } else if (isScalarType(type) && type.name === GraphQLID.name && !isUuid(value)) {
    if (topLevel) findings.unknownIds.push(path);
    else findings.fields.push({ field: path, constraint: 'isUuid', messageKey: 'validation.uuid' });
  }
}

/**
 * Checks one field's coerced arguments and returns the arguments the resolver gets. Every `ID` in
 * this schema is a UUID: a top-level argument that is not one names nothing, so it is replaced by
 * the nil UUID and the field answers exactly as for an unknown id (authentication, authorization
 * and the NOT_FOUND in the caller's language included: malformed and foreign ids look alike). An
 * `ID` inside an input object is a validation error of that field. Any string with NUL or a lone
 * surrogate is a validation error. Nothing of the kind reaches a resolver.
 */
export function checkArguments(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): Record<string, unknown> {
  const findings: Findings = { fields: [], unknownIds: [] };
  for (const definition of definitions) inspect(args[definition.name], definition.type, definition.name, true, findings);
  if (findings.fields.length > 0) throw DomainException.invalidInput(findings.fields);
  if (findings.unknownIds.length === 0) return args;
  return { ...args, ...Object.fromEntries(findings.unknownIds.map((name) => [name, NOTHING])) };
}

function guardField(field: GraphQLField<unknown, unknown>): void {
  if (field.args.length === 0) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  const definitions = field.args;
  field.resolve = (source, args, context, info) => {
    return resolve(source, checkArguments(definitions, args), context, info);
  };
}

/**
 * Puts `checkArguments` in front of the resolver of every field that takes arguments (queries,
 * mutations and nested fields alike): the one place where hostile argument values are refused.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guardField(field);
  }
  return schema;
}
