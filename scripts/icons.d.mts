export const SOURCE: string
export const LINUX_SIZES: number[]
export function pngsInIco(ico: Buffer): Map<number, Buffer>
export function makeIcons(source?: Buffer): Map<string, Buffer>
