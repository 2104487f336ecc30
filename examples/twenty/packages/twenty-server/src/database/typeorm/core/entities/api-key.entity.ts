import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

import { Workspace } from './workspace.entity';

@Entity({ name: 'api_key', schema: CORE_SCHEMA })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_api_key_workspace_id')
  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, (workspace) => workspace.apiKeys, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'workspaceId' })
  workspace: Relation<Workspace>;

  @Column({ type: 'varchar' })
  name: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
