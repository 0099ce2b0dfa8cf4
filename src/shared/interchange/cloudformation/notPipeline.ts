/**
 * Why a resource that is read is not drawn: it grants access, runs the network, keeps logs or
 * keys, or lives in another template. One sentence per family, for the report.
 */
const REASONS: readonly [RegExp, string][] = [
  [
    /^AWS::IAM::/,
    'An IAM identity or policy grants access and moves no data: not drawn (its statements are read for suggested connections).'
  ],
  [
    /^AWS::Logs::/,
    'A log group or log setting: observability, not part of the data flow; not drawn.'
  ],
  [
    /^AWS::KMS::/,
    'A KMS key protects data at rest and moves no records; drawing it would add an edge to everything it encrypts, so it is not drawn.'
  ],
  [
    /^AWS::EC2::/,
    'Networking (VPC, subnets, security groups) carries no pipeline data of its own; not drawn.'
  ],
  [
    /^AWS::Lambda::(Permission|Version|Alias|LayerVersion|LayerVersionPermission|Url)$/,
    'A Lambda permission, version, alias or layer belongs to its function; not drawn.'
  ],
  [
    /^(AWS::CloudFormation::Stack|AWS::Serverless::Application)$/,
    'A nested stack or application: not followed; import the child template on its own.'
  ],
  [
    /^(Custom::|AWS::CloudFormation::CustomResource$)/,
    'A custom resource runs code at deploy time; what it creates is unknown here, so it is not drawn.'
  ],
  [
    /^AWS::CDK::Metadata$/,
    'The CDK toolkit’s version metadata: not part of the stack’s data flow.'
  ],
  [
    /^AWS::Serverless::Connector$/,
    'A SAM connector grants permissions between two resources: offered as a suggested connection, not drawn.'
  ]
]

export function notPipelineReason(type: string): string {
  return (
    REASONS.find(([re]) => re.test(type))?.[1] ??
    'Configuration, access or deployment plumbing that is not part of the data flow; not drawn.'
  )
}
