import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  type Relation,
} from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

import { Workspace } from './workspace.entity';

@Entity({ name: 'feature_flag', schema: CORE_SCHEMA })
@Unique('UQ_feature_flag_workspace_key', ['workspaceId', 'key'])
export class FeatureFlag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  workspaceId: string;

  @ManyToOne(() => Workspace, (workspace) => workspace.featureFlags, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'workspaceId' })
  workspace: Relation<Workspace>;

  @Column({ type: 'varchar' })
  key: string;

  @Column({ type: 'boolean', default: false })
  value: boolean;
}
