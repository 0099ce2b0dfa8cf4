import type { ServiceId } from '../../catalog/services'
import type { DiagramNode } from '../../diagram/types'
import {
  ACTION_SETS,
  MANAGED_POLICIES,
  SERVICE_PRINCIPALS,
  type ActionSetId,
  type PrincipalKind
} from './exportActions'
import {
  joined,
  sub,
  type CfnParameter,
  type CfnResource,
  type CfnValue,
  type Props
} from './exportModel'

/** What a wiring rule may ask of another node: its ARN, its name, or its URL (an SQS queue). */
export type RefKind = 'arn' | 'name' | 'url' | 'streamArn'

interface RoleState {
  logicalId: string
  kind: PrincipalKind
  /** Statements by Sid, in the order they were granted. */
  statements: Map<string, { actions: Set<string>; resources: CfnValue[] }>
}

/** Everything gathered while a template is built; the parts write into it. */
export class TemplateBuild {
  readonly resources = new Map<string, CfnResource>()
  readonly parameters = new Map<string, CfnParameter>()
  readonly leftToUser: string[] = []
  readonly nodeIds = new Map<string, string>()
  private readonly roles = new Map<string, RoleState>()
  private readonly taken = new Set<string>()
  private readonly refResolvers = new Map<string, (kind: RefKind) => CfnValue | undefined>()
  private readonly states = new Map<string, unknown>()
  private readonly parameterNames = new Map<string, string>()

  constructor(readonly nodes: ReadonlyMap<string, DiagramNode>) {}

  /** An unused logical id from a label or id: CloudFormation allows letters and digits only. */
  uniqueId(base: string): string {
    const words = base.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0)
    let id = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
    if (!/^[A-Za-z]/.test(id)) id = `R${id}`
    id = id.slice(0, 200)
    let candidate = id
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${id}${String(n)}`
    this.taken.add(candidate)
    return candidate
  }

  addResource(logicalId: string, resource: CfnResource): CfnResource {
    this.resources.set(logicalId, resource)
    return resource
  }

  props(logicalId: string): Props {
    return this.resources.get(logicalId)!.Properties
  }

  dependOn(logicalId: string, dependency: string): void {
    const resource = this.resources.get(logicalId)!
    const list = (resource.DependsOn ??= [])
    if (!list.includes(dependency)) list.push(dependency)
  }

  /**
   * A parameter (the same name asked twice is asked once); returns its `!Ref`. Parameters and
   * resources share one namespace of logical ids, so a name a resource holds gets a suffix.
   */
  parameter(name: string, parameter: CfnParameter): CfnValue {
    let actual = this.parameterNames.get(name)
    if (actual === undefined) {
      actual = this.uniqueId(name)
      this.parameterNames.set(name, actual)
      this.parameters.set(actual, parameter)
    }
    return { Ref: actual }
  }

  leave(text: string): void {
    if (!this.leftToUser.includes(text)) this.leftToUser.push(text)
  }

  setRefs(nodeId: string, resolve: (kind: RefKind) => CfnValue | undefined): void {
    this.refResolvers.set(nodeId, resolve)
  }

  /** The node's ARN, name or URL as the template can say it, or undefined when it has none. */
  refOf(nodeId: string, kind: RefKind): CfnValue | undefined {
    return this.refResolvers.get(nodeId)?.(kind)
  }

  /** A part's own notes about a node while edges are wired (a Firehose stream's destination). */
  state<T>(key: string, init: () => T): T {
    if (!this.states.has(key)) this.states.set(key, init())
    return this.states.get(key) as T
  }

  service(nodeId: string): ServiceId {
    return this.nodes.get(nodeId)!.service
  }

  /** The role a node runs as, made on first use, with its trust policy and managed policy. */
  role(nodeId: string, kind: PrincipalKind, owner: string): string {
    const key = `${nodeId}\u0000${kind}`
    const existing = this.roles.get(key)
    if (existing) return existing.logicalId
    const logicalId = this.uniqueId(`${owner}Role`)
    this.roles.set(key, { logicalId, kind, statements: new Map() })
    const managed = MANAGED_POLICIES[kind]
    this.addResource(logicalId, {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: SERVICE_PRINCIPALS[kind] },
              Action: 'sts:AssumeRole'
            }
          ]
        },
        ...(managed ? { ManagedPolicyArns: [sub(managed.arn)] } : {})
      }
    })
    return logicalId
  }

  /** Adds an action set on one resource to a role's inline policy. */
  grant(roleId: string, setId: ActionSetId, resource: CfnValue, targetName: string): void {
    const role = [...this.roles.values()].find((r) => r.logicalId === roleId)!
    for (const [index, part] of ACTION_SETS[setId].parts.entries()) {
      const sid = this.sidOf(setId, targetName, index)
      const statement = role.statements.get(sid) ?? { actions: new Set<string>(), resources: [] }
      for (const action of part.actions) statement.actions.add(action)
      const target = part.scope === 'objects' ? joined(resource, '/*') : resource
      if (!statement.resources.some((r) => JSON.stringify(r) === JSON.stringify(target)))
        statement.resources.push(target)
      role.statements.set(sid, statement)
    }
  }

  private sidOf(setId: string, targetName: string, part: number): string {
    const words = `${setId}-${targetName}`.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0)
    const sid = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')
    return part === 0 ? sid : `${sid}${String(part + 1)}`
  }

  /** Writes every role's statements into its inline policy. */
  finishRoles(): void {
    for (const role of this.roles.values()) {
      if (role.statements.size === 0) continue
      const statements = [...role.statements.entries()].map(([sid, s]) => ({
        Sid: sid,
        Effect: 'Allow',
        Action: [...s.actions].sort(),
        Resource: s.resources
      }))
      this.props(role.logicalId).Policies = [
        {
          PolicyName: 'pipewright-least-privilege',
          PolicyDocument: { Version: '2012-10-17', Statement: statements }
        }
      ]
    }
  }
}
