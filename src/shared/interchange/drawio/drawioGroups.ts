import type { GroupKind } from '../../diagram/types'

/**
 * draw.io's AWS group shapes (`shape=mxgraph.aws4.group` or `groupCenter` with a `grIcon`) and
 * the Pipewright frame kind each becomes, with the name a frame gets when the author left the
 * group unlabelled. From the "AWS / Groups" palette of Sidebar-AWS4.js (see drawioShapes.ts).
 * AWS Cloud, accounts, subnets (drawn with the security-group icon) and the compute groups have
 * no frame kind of their own, so they are custom frames under their own names.
 */
export const AWS_GROUP_ICONS: Readonly<Record<string, { kind: GroupKind; name: string }>> = {
  'mxgraph.aws4.group_aws_cloud': { kind: 'custom', name: 'AWS Cloud' },
  'mxgraph.aws4.group_aws_cloud_alt': { kind: 'custom', name: 'AWS Cloud' },
  'mxgraph.aws4.group_account': { kind: 'custom', name: 'AWS account' },
  'mxgraph.aws4.group_region': { kind: 'region', name: 'Region' },
  'mxgraph.aws4.group_vpc': { kind: 'vpc', name: 'VPC' },
  'mxgraph.aws4.group_vpc2': { kind: 'vpc', name: 'VPC' },
  'mxgraph.aws4.group_availability_zone': { kind: 'availability-zone', name: 'Availability Zone' },
  'mxgraph.aws4.group_security_group': { kind: 'custom', name: 'Subnet' },
  'mxgraph.aws4.group_corporate_data_center': {
    kind: 'on-premises',
    name: 'Corporate data center'
  },
  'mxgraph.aws4.group_on_premise': { kind: 'on-premises', name: 'On-premises' },
  'mxgraph.aws4.group_auto_scaling_group': { kind: 'custom', name: 'Auto Scaling group' },
  'mxgraph.aws4.group_elastic_beanstalk': { kind: 'custom', name: 'Elastic Beanstalk container' },
  'mxgraph.aws4.group_ec2_instance_contents': { kind: 'custom', name: 'EC2 instance contents' },
  'mxgraph.aws4.group_spot_fleet': { kind: 'custom', name: 'Spot Fleet' },
  'mxgraph.aws4.group_aws_step_functions_workflow': {
    kind: 'custom',
    name: 'Step Functions workflow'
  },
  'mxgraph.aws4.group_iot_greengrass': { kind: 'custom', name: 'IoT Greengrass' },
  'mxgraph.aws4.group_iot_greengrass_deployment': {
    kind: 'custom',
    name: 'IoT Greengrass deployment'
  }
}

/**
 * A frame's kind read from its label, for groups drawn as plain rectangles or swimlanes (the
 * palette's Availability Zone and generic groups carry no icon). First match wins; unlabelled or
 * unmatched frames are custom.
 */
const KIND_BY_LABEL: ReadonlyArray<readonly [RegExp, GroupKind]> = [
  [/\bavailability zone\b|\bAZ\s*[0-9a-f]?\b|\b[a-z]{2}-[a-z]+-\d[a-f]\b/i, 'availability-zone'],
  [/\bvpc\b|virtual private cloud/i, 'vpc'],
  [/\bregion\b|\b[a-z]{2}-(?:gov-)?[a-z]+-\d\b/i, 'region'],
  [/on[-\s]?prem|data ?cent(?:er|re)|corporate/i, 'on-premises']
]

export function groupKindFromLabel(label: string): GroupKind {
  for (const [pattern, kind] of KIND_BY_LABEL) if (pattern.test(label)) return kind
  return 'custom'
}
