import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileArgument, userArguments } from '../../src/main/argv'

const existing = new Set([
  resolve('/home/me/diagrams/a.json'),
  resolve('/home/me/diagrams/b.json'),
  resolve('/work/-odd.json')
])
const options = { cwd: '/home/me/diagrams', isFile: (path: string) => existing.has(path) }

describe('command-line arguments', () => {
  it('skips the executable in a packaged app, and the executable and app path under `electron .`', () => {
    expect(userArguments(['/opt/Pipewright/pipewright', 'a.json'], false)).toEqual(['a.json'])
    expect(userArguments(['/usr/bin/electron', '.', 'a.json'], true)).toEqual(['a.json'])
    expect(userArguments(['/usr/bin/electron', 'out/main/index.js', 'a.json'], true)).toEqual([
      'a.json'
    ])
    expect(userArguments(['/usr/bin/electron'], true)).toEqual([])
    // Switches before the app path (Playwright's electron.launch puts them there) must not make the
    // app's own entry look like the user's file.
    expect(
      userArguments(
        ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js'],
        true
      )
    ).toEqual(['--inspect=0', '--remote-debugging-port=0'])
    expect(userArguments(['/usr/bin/electron', '--inspect=0', '.', 'a.json'], true)).toEqual([
      '--inspect=0',
      'a.json'
    ])
  })

  it('opens the first argument that names an existing file, resolved against the working folder', () => {
    expect(fileArgument(['a.json'], options)).toBe(resolve('/home/me/diagrams/a.json'))
    expect(fileArgument(['missing.json', 'b.json', 'a.json'], options)).toBe(
      resolve('/home/me/diagrams/b.json')
    )
    expect(
      fileArgument([join('/home/me/diagrams', 'a.json')], { ...options, cwd: '/elsewhere' })
    ).toBe(resolve('/home/me/diagrams/a.json'))
  })

  it('skips flags, including Chromium switches and macOS process serial numbers', () => {
    expect(
      fileArgument(['--inspect=9229', '--no-sandbox', '-psn_0_12345', 'a.json'], options)
    ).toBe(resolve('/home/me/diagrams/a.json'))
    expect(fileArgument(['--enable-logging'], options)).toBeUndefined()
  })

  it('treats everything after -- as a path', () => {
    expect(fileArgument(['--', '-odd.json'], { ...options, cwd: '/work' })).toBe(
      resolve('/work/-odd.json')
    )
    expect(fileArgument(['-odd.json'], { ...options, cwd: '/work' })).toBeUndefined()
  })

  it('opens nothing when no argument is an existing file', () => {
    expect(fileArgument([], options)).toBeUndefined()
    expect(fileArgument(['.', 'missing.json', ''], options)).toBeUndefined()
  })
})
