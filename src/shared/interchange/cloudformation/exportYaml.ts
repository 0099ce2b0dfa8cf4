import { Document, isMap, isScalar, isSeq, Scalar, visit, type Node } from 'yaml'

/**
 * The template as people write it: `!Ref X`, `!GetAtt X.Arn`, `!Sub '…'` instead of the long
 * JSON form. YAML 1.1 quoting, so strings such as `yes` or `on` stay strings for CloudFormation's
 * parser.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
export function templateToYaml(template: unknown): string {
  const doc = new Document(template, { version: '1.1', aliasDuplicateObjects: false })
  visit(doc, {
    Map(_, node) {
      if (node.items.length !== 1) return undefined
      const pair = node.items[0]!
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (typeof key !== 'string') return undefined
      const value = pair.value as Node | null
      if (key === 'Ref' && isScalar(value)) return tagged(String(value.value), '!Ref')
      if (key === 'Fn::GetAtt' && isSeq(value) && value.items.every(isScalar))
        return tagged(value.items.map((i) => String(i.value)).join('.'), '!GetAtt')
      if (key.startsWith('Fn::') && value && (isScalar(value) || isSeq(value) || isMap(value))) {
        value.tag = `!${key.slice(4)}`
        return value
      }
      return undefined
    }
  })
  return doc.toString({ lineWidth: 0, directives: false, blockQuote: false })
}

function tagged(text: string, tag: string): Scalar {
  const scalar = new Scalar(text)
  scalar.tag = tag
  return scalar
}
