import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
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
  @Column({ type: 'varchar', length: 32 }) status: string;
  @Column(instantColumn) createdAt: Date;
  @Column(instantColumn) updatedAt: Date;
}
