import { createValidator, type ValidationResult } from '../../../shared/validation/validator'
import type { Diagram } from '../../../shared/diagram/types'
import { useEditor } from './diagramStore'

/**
 * One validator for the window: it remembers the previous diagram, so an edit re-checks only
 * what it touched; and the last result is shared by every panel that asks for the same diagram.
 */
const validator = createValidator()
let lastDiagram: Diagram | undefined
let lastResult: ValidationResult | undefined

export function validationFor(diagram: Diagram): ValidationResult {
  if (diagram !== lastDiagram || !lastResult) {
    lastResult = validator.validate(diagram)
    lastDiagram = diagram
  }
  return lastResult
}

export function useValidation(): ValidationResult {
  return validationFor(useEditor((s) => s.diagram))
}
