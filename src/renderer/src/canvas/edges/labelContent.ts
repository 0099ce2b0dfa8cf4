import type { LabelContent } from '../../../../shared/diagram/edgeLabelContent'
import type { LabelBox } from '../../../../shared/diagram/labelPlacement'

/*
 * Sizes in flow units, matching .edge-label and .edge-fix in styles.css (11px text; the pill has
 * 6px side padding and a 1px border, the fix button 8px and 1px).
 */
const FONT_PX = 11
const PILL = { padding: 14, height: 20 }
const FIX = { padding: 18, height: 19, gap: 3 }
/** The icon and an ellipsis: a label is never narrower. */
const MIN_TEXT = '✓ …'

let context: CanvasRenderingContext2D | null | undefined
const widths = new Map<string, number>()

function textWidth(text: string): number {
  const known = widths.get(text)
  if (known !== undefined) return known
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d')
    if (context)
      context.font = `${FONT_PX}px ${getComputedStyle(document.documentElement).fontFamily}`
  }
  // Without a canvas, a generous average letter width.
  const width = Math.ceil(context ? context.measureText(text).width : text.length * FONT_PX * 0.62)
  widths.set(text, width)
  return width
}

export function labelBox(content: LabelContent): LabelBox {
  const box: LabelBox = {
    width: textWidth(content.text) + PILL.padding + 2,
    minWidth: textWidth(MIN_TEXT) + PILL.padding + 2,
    height: PILL.height
  }
  if (content.fix)
    box.below = {
      width: textWidth(content.fix) + FIX.padding + 2,
      height: FIX.height,
      gap: FIX.gap
    }
  return box
}

export {
  edgeLabelContent as labelContent,
  type LabelContent
} from '../../../../shared/diagram/edgeLabelContent'
