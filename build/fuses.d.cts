import type { Configuration } from 'electron-builder'
export declare const ELECTRON_FUSES: Readonly<NonNullable<Configuration['electronFuses']>>
