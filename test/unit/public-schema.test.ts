// The public schema as a client team reads it: names without implementation suffixes, and a
// description on every type, field, argument, enum value and input field. Walks the schema the
// server builds (resolvers/schema.ts), so a new element without a description fails here.
import {
  GraphQLNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, isUnionType,
} from 'graphql';
import { aftercareSchema } from '../../resolvers/schema';
import { REASON_CODES, USER_ERROR_CODES } from '../../src/domain/codes';
import {
  BENEFIT_KINDS, ENTITLEMENT_STATUSES, FUNDED_BY, MEMBERSHIP_SOURCES, ORDER_STATUSES, PERIOD_KINDS, TIER_BASES, USAGE_STATES,
} from '../../src/domain/types';

/** The schema's own types: not introspection types, not the built-in scalars. */
async function ownTypes(): Promise<GraphQLNamedType[]> {
  const schema = await aftercareSchema();
  return Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !(isScalarType(t) && isSpecifiedScalarType(t)));
}

const blank = (d: string | null | undefined) => !d || d.trim() === '';

/** Every element without a description, as "Type", "Type.field", "Type.field(arg)", "Enum.VALUE", "Input.field". */
function undocumented(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

it('documents every type, field, argument, enum value and input field', async () => {
  expect(undocumented(await ownTypes())).toEqual([]);
});

it('names no type after its implementation (no *Type suffix)', async () => {
  const types = await ownTypes();
  expect(types.length).toBeGreaterThan(30);
  expect(types.map((t) => t.name).filter((n) => /Type$/.test(n))).toEqual([]);
  expect(types.filter(isUnionType)).toEqual([]); // none yet; a union would need the same checks
});

it('takes every enum from the domain lists, in their order', async () => {
  const schema = await aftercareSchema();
  const values = (name: string) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    return type.getValues().map((v) => v.value);
  };
  expect(values('BenefitKind')).toEqual([...BENEFIT_KINDS]);
  expect(values('FundedBy')).toEqual([...FUNDED_BY]);
  expect(values('PeriodKind')).toEqual([...PERIOD_KINDS]);
  expect(values('TierBasis')).toEqual([...TIER_BASES]);
  expect(values('MembershipSource')).toEqual([...MEMBERSHIP_SOURCES]);
  expect(values('UsageState')).toEqual([...USAGE_STATES]);
  expect(values('OrderStatus')).toEqual([...ORDER_STATUSES]);
  expect(values('EntitlementStatus')).toEqual([...ENTITLEMENT_STATUSES]);
  expect(values('ReasonCode')).toEqual([...REASON_CODES]);
  expect(values('UserErrorCode')).toEqual([...USER_ERROR_CODES]);
  expect(new Set(USER_ERROR_CODES).size).toBe(USER_ERROR_CODES.length);
});

it('types Reason.code and UserError.code as those enums', async () => {
  const schema = await aftercareSchema();
  const fieldType = (type: string, field: string) => {
    const t = schema.getType(type);
    if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
    return String(t.getFields()[field].type);
  };
  expect(fieldType('Reason', 'code')).toBe('ReasonCode!');
  expect(fieldType('UserError', 'code')).toBe('UserErrorCode!');
});

it('uses one id type for every userId, and tells the idempotencyKey contract wherever a key is taken', async () => {
  const schema = await aftercareSchema();
  const userIds: string[] = [];
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name === 'userId') userIds.push(`${type.name}.userId: ${String(field.type)}`);
      if (field.name === 'idempotencyKey' && !/8-128 characters/.test(field.description ?? '')) keys.push(type.name);
    }
  }
  expect(userIds.length).toBeGreaterThan(5);
  expect(userIds.filter((u) => !/: ID!?$/.test(u))).toEqual([]);
  expect(keys).toEqual([]);
});
