import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OrderStatus } from '../src/domain/types';
import { amountColumn, externalIdColumn, instantColumn } from './columns';

/** Order facts as the order system reports them, keyed by the platform's order id. */
@Entity('orders')
@Index('idx_orders_user', ['userId', 'placedAt'])
export class Order {
  @PrimaryColumn(externalIdColumn) id: string;
  @Column(externalIdColumn) userId: string;
  @Column(externalIdColumn) merchantId: string;
  @Column({ type: 'varchar', length: 64 }) category: string;
  @Column(amountColumn) amount: number;
  @Column({ type: 'varchar', length: 3 }) currency: string;
  @Column(instantColumn) placedAt: Date;
  @Column({ ...instantColumn, nullable: true }) deliveredAt: Date | null;
  /** One of ORDER_STATUSES (migration 1764300000000 brought older free-text values onto the list). */
  @Column({ type: 'varchar', length: 32 }) status: OrderStatus;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}
