import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadDiagram } from '../../../../src/shared/diagram/loadDiagram'
import { exportTemplate } from '../../../../src/shared/interchange/cloudformation/exportTemplate'
import { REPO_DIR } from '../../helpers'
import { checkTemplate, parseTemplateYaml } from './resourceSpec'

const TEMPLATES_DIR = `${REPO_DIR}resources/templates/`
const files = readdirSync(TEMPLATES_DIR)
  .filter((f) => f.endsWith('.pipewright.json'))
  .sort()

describe('exported templates of the gallery diagrams', () => {
  it.each(files)('%s conforms to the CloudFormation resource specification', (file) => {
    const loaded = loadDiagram(readFileSync(`${TEMPLATES_DIR}${file}`, 'utf8'))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const result = exportTemplate(loaded.diagram)
    const parsed = parseTemplateYaml(result.text)
    expect(parsed).toEqual(result.template)
    expect(checkTemplate(parsed)).toEqual([])
  })
})
