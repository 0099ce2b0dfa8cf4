/**
 * The template as it is built: plain JSON in CloudFormation's long form (`{ Ref }`,
 * `{ 'Fn::GetAtt' }`, `{ 'Fn::Sub' }`), which the YAML writer turns into short-form tags.
 */
export type CfnValue = string | number | boolean | CfnValue[] | { [key: string]: CfnValue }

export type Props = Record<string, CfnValue>

export interface CfnResource {
  Type: string
  DependsOn?: string[]
  Properties: Props
}

export interface CfnParameter {
  Type: string
  Description: string
  Default?: string
  NoEcho?: boolean
}

export function ref(logicalId: string): CfnValue {
  return { Ref: logicalId }
}

export function getAtt(logicalId: string, attribute: string): CfnValue {
  return { 'Fn::GetAtt': [logicalId, attribute] }
}

export function sub(text: string): CfnValue {
  return { 'Fn::Sub': text }
}

/** `value` followed by a literal suffix: an object ARN under a bucket, a path under a prefix. */
export function joined(value: CfnValue, suffix: string): CfnValue {
  return { 'Fn::Join': ['', [value, suffix]] }
}

/** An ARN of a resource whose type has no `Arn` attribute, built from its name. */
export function arnOf(service: string, resourcePath: (name: string) => string, name: string) {
  return sub(
    `arn:\${AWS::Partition}:${service}:\${AWS::Region}:\${AWS::AccountId}:${resourcePath(name)}`
  )
}

export function isObject(value: CfnValue | undefined): value is { [key: string]: CfnValue } {
  return typeof value === 'object' && !Array.isArray(value)
}

/** The value under `key`, set to `init()` first when there is none. */
export function slot<T extends CfnValue>(props: Props, key: string, init: () => T): T {
  if (!(key in props)) props[key] = init()
  return props[key] as T
}
