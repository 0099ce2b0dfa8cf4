import { describe, expect, it } from 'vitest'
import { toGithub } from '../../../src/shared/report/githubCommands'
import type { CheckedFile } from '../../../src/shared/report/checkRun'
import { checkRunOf, checkedRepoFile } from './checkRunOf'

/** What the runner reads back: the command, its properties and its message, unescaped. */
function parseCommand(line: string) {
  const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!m) throw new Error(`not a workflow command: ${line}`)
  const unescape = (s: string) =>
    s
      .replace(/%0D/g, '\r')
      .replace(/%0A/g, '\n')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  const props = Object.fromEntries(
    (m[2] ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => {
        const i = p.indexOf('=')
        return [p.slice(0, i), unescape(p.slice(i + 1))]
      })
  )
  return { command: m[1]!, props, message: unescape(m[3]!) }
}

describe('toGithub', () => {
  it('prints one command per problem, at the line and column the locator gives', () => {
    const file = checkedRepoFile('tests/fixtures/report/stream-processor.template.yaml')
    const out = toGithub(checkRunOf([file]))
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(file.problems.length)
    file.problems.forEach((p, i) => {
      const c = parseCommand(lines[i]!)
      expect(c.command).toBe({ error: 'error', warning: 'warning', info: 'notice' }[p.severity])
      const at = file.locate(p)!
      expect(c.props).toEqual({
        file: file.path,
        line: String(at.line),
        col: String(at.column),
        title: p.code
      })
      expect(c.message.startsWith(p.message)).toBe(true)
    })
  })

  it('keeps a message with line breaks and % one command, and escapes properties', () => {
    const base = checkedRepoFile('tests/fixtures/diagrams/invalid-edge.pipewright.json')
    const message = 'first line\nsecond\r\nthird 100% %0A done, a:b ::error::x'
    const file: CheckedFile = {
      ...base,
      path: 'odd,dir/a:b%.json',
      problems: [
        { severity: 'info', code: 'made-up', message },
        {
          severity: 'warning',
          code: 'other',
          message: 'w',
          fix: { kind: 'insert-services', edgeId: 'e', services: [], description: 'Do it' }
        }
      ],
      locate: () => undefined
    }
    const out = toGithub(
      checkRunOf([file], { unreadable: [{ path: 'bad,1.json', error: 'no\nway' }] })
    )
    const lines = out.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      '::notice file=odd%2Cdir/a%3Ab%25.json,title=made-up::first line%0Asecond%0D%0Athird 100%25 %250A done, a:b ::error::x'
    )
    expect(parseCommand(lines[0]!).message).toBe(message)
    expect(parseCommand(lines[1]!).message).toBe('w\nFix: Do it')
    expect(parseCommand(lines[2]!)).toEqual({
      command: 'error',
      props: { file: 'bad,1.json', title: 'unreadable file' },
      message: 'no\nway'
    })
  })

  it('prints nothing for a clean run, and leaves ignored problems out', () => {
    const clean = checkedRepoFile('tests/fixtures/diagrams/valid-clickstream.pipewright.json')
    expect(toGithub(checkRunOf([clean]))).toBe('')
    const ignoring = checkedRepoFile('tests/fixtures/diagrams/invalid-edge.pipewright.json', [
      { code: 'not-integrated', reason: 'known' }
    ])
    expect(ignoring.ignored).toHaveLength(1)
    expect(toGithub(checkRunOf([ignoring]))).not.toContain('not-integrated')
  })
})
