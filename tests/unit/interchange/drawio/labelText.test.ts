import { describe, expect, it } from 'vitest'
import {
  labelLine,
  labelLines,
  xmlAttributeText
} from '../../../../src/shared/interchange/drawio/labelText'

describe('draw.io labels', () => {
  it('strips HTML and decodes its entities, keeping lines', () => {
    expect(
      labelLines('<div><b>Amazon</b>&nbsp;Kinesis</div><div>Data&nbsp;Streams<br/></div>', true)
    ).toBe('Amazon Kinesis\nData Streams')
    expect(labelLine('Orders&lt;br&gt; &amp;amp; <i>returns</i>', true)).toBe(
      'Orders<br> &amp; returns'
    )
    expect(labelLine('a <span style="x">b</span><script>alert(1)</script>', true)).toBe('a b')
  })

  it('leaves markup alone in a label that is not HTML', () => {
    expect(labelLine('<b>not html</b>', false)).toBe('<b>not html</b>')
    expect(labelLines('first\nsecond', false)).toBe('first\nsecond')
  })

  it('decodes XML attribute text, predefined and numeric entities only', () => {
    expect(xmlAttributeText('a&#xa;b&#10;c &lt;&gt;&amp;&quot;&apos; &nbsp; &#0;')).toBe(
      'a\nb\nc <>&"\' &nbsp; \ufffd'
    )
  })
})
