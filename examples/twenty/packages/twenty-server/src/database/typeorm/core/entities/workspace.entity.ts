import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CORE_SCHEMA } from 'twenty-shared';

import { ApiKey } from './api-key.entity';
import { FeatureFlag } from './feature-flag.entity';
import { WorkspaceMember } from './workspace-member.entity';

@Entity({ name: 'workspace', schema: CORE_SCHEMA })
export class Workspace {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar' })
  displayName: string;

  @Column({ type: 'varchar', unique: true })
  subdomain: string;

  @Column({ type: 'varchar', default: 'active' })
  activationStatus: string;

  @OneToMany(() => WorkspaceMember, (member) => member.workspace)
  members: Relation<WorkspaceMember[]>;

  @OneToMany(() => ApiKey, (apiKey) => apiKey.workspace)
  apiKeys: Relation<ApiKey[]>;

  @OneToMany(() => FeatureFlag, (flag) => flag.workspace)
  featureFlags: Relation<FeatureFlag[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt: Date | null;
}
