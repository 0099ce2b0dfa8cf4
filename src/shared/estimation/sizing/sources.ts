/** Sizers of the AWS services data enters through: IoT Core, API Gateway and DMS. */
import { API_AND_EVENT_LIMITS as E, MESSAGING_LIMITS as M } from '../../catalog/limits'
import type { LineItem } from '../pricing/priceBook'
import type { PriceId } from '../../catalog/priceIds'
import type { ServiceConfigOf } from '../serviceConfig'
import { secondsPerMonth } from '../units'
import {
  averageRecordKB,
  ceilUnits,
  fmt,
  sized,
  tieredItems,
  type Sizer,
  type SizingContext
} from './types'

/** IoT Core messaging tiers: the month's first billion messages, the next four billion, then the rest. */
function tieredMessages(book: SizingContext['book'], millions: number, label: string): LineItem[] {
  return tieredItems(book, millions, label, [
    { price: 'iot.messagesMillion', size: M.iotMessageTier1Million.value },
    {
      price: 'iot.messagesMillionTier2',
      size: M.iotMessageTier2Million.value,
      suffix: ', next 4 billion'
    },
    { price: 'iot.messagesMillionTier3', suffix: ', beyond 5 billion' }
  ])
}

export const iotCore: Sizer = ({ book, throughput, outgoing }) => {
  const increments = Math.max(
    1,
    ceilUnits(
      averageRecordKB(throughput.inRecordsPerSecond, throughput.inMBps) /
        M.iotMessageIncrementKB.value
    )
  )
  const S = secondsPerMonth(book.hoursPerMonth)
  const messages = throughput.inRecordsPerSecond * increments
  const items = tieredMessages(
    book,
    (messages * S) / 1e6,
    `Messages (metered in ${M.iotMessageIncrementKB.value} KB)`
  )
  if (outgoing.length > 0) {
    items.push(
      book.item(
        'iot.rulesTriggeredMillion',
        'Rules triggered',
        (throughput.inRecordsPerSecond * S) / 1e6
      )
    )
    items.push(
      book.item(
        'iot.actionsMillion',
        `Rule actions (${outgoing.length} per message)`,
        (outgoing.length * throughput.inRecordsPerSecond * S) / 1e6
      )
    )
  }
  return sized({ messagesPerSecond: messages }, items, () => [
    `${fmt(throughput.inRecordsPerSecond)} messages/s, each metered in ${M.iotMessageIncrementKB.value} KB increments.`
  ])
}

/** "333 million", "19 billion": a tier edge as the pricing page says it. */
function millionsText(millions: number): string {
  return millions >= 1000 ? `${fmt(millions / 1000)} billion` : `${fmt(millions)} million`
}

export const apiGateway: Sizer = ({ config, book, throughput }) => {
  const c = config as ServiceConfigOf<'api-gateway'>
  const perSecond = throughput.inRecordsPerSecond
  const millions = (perSecond * secondsPerMonth(book.hoursPerMonth)) / 1e6
  const restEdge = E.restTier1Million.value + E.restTier2Million.value + E.restTier3Million.value
  const items =
    c.apiType === 'http'
      ? tieredItems(book, millions, 'HTTP API requests', [
          { price: 'apigateway.httpRequestsMillion', size: E.httpTier1Million.value },
          {
            price: 'apigateway.httpRequestsMillionTier2',
            suffix: `, beyond ${millionsText(E.httpTier1Million.value)}`
          }
        ])
      : tieredItems(book, millions, 'REST API requests', [
          { price: 'apigateway.restRequestsMillion', size: E.restTier1Million.value },
          {
            price: 'apigateway.restRequestsMillionTier2',
            size: E.restTier2Million.value,
            suffix: `, next ${millionsText(E.restTier2Million.value)}`
          },
          {
            price: 'apigateway.restRequestsMillionTier3',
            size: E.restTier3Million.value,
            suffix: `, next ${millionsText(E.restTier3Million.value)}`
          },
          {
            price: 'apigateway.restRequestsMillionTier4',
            suffix: `, beyond ${millionsText(restEdge)}`
          }
        ])
  return sized({ apiRequestsPerSecond: perSecond }, items, () => [
    `One ${c.apiType === 'http' ? 'HTTP' : 'REST'} API request per record: ${fmt(perSecond)} requests/s = ${fmt(millions)} million a month.`,
    'Caching, data transfer and what the integration target charges are not included.'
  ])
}

export const dms: Sizer = ({ config, book }) => {
  const c = config as ServiceConfigOf<'dms'>
  return sized(
    {},
    [
      book.item(
        `dms.instance.${c.instanceClass}` as PriceId,
        `${c.instanceClass} replication instance hours`,
        book.hoursPerMonth
      ),
      book.item('dms.storageGBMonth', 'Replication storage', c.storageGB)
    ],
    () => [`One ${c.instanceClass} replication instance, single-AZ.`]
  )
}
