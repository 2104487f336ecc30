import { buildMigrateCommands } from './build-migrate-commands';
import { buildSetupSteps } from './build-setup-steps';
import { buildShardScript } from './build-shard-script';
import type { CiPlan, ComposeService } from './ci-plan';
import type { GithubJob, GithubStep } from './github-types';
import { listServices } from './list-services';
import { getPackageManagerCommands } from './package-manager-commands';

// nx-set-shas reads earlier workflow runs, hence `actions: read`.
const readOnly = { contents: 'read', actions: 'read' };

/** The jobs of the workflow, by id, in the order they are written. */
export function buildGithubJobs(plan: CiPlan): Record<string, GithubJob> {
  const jobs: Record<string, GithubJob> = {};
  if (plan.checkTargets.length) jobs.checks = buildChecksJob(plan);
  if (plan.integration.length) jobs.integration = buildIntegrationJob(plan);
  if (plan.e2eTarget) jobs.e2e = buildE2eJob(plan, plan.e2eTarget, jobs);
  if (plan.deployTarget) jobs.deploy = buildDeployJob(plan, jobs);
  return jobs;
}

function createJob(
  plan: CiPlan,
  name: string,
  steps: GithubStep[],
  extra: Partial<GithubJob> = {},
): GithubJob {
  return {
    name,
    ...extra,
    'runs-on': plan.runsOn,
    'timeout-minutes': plan.timeoutMinutes,
    permissions: readOnly,
    steps,
  };
}

function buildChecksJob(plan: CiPlan): GithubJob {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const targets = plan.checkTargets;
  const steps = buildSetupSteps(plan, 'checks');
  if (plan.nxCloud) steps.push(buildStartCiRunStep(plan, nx));

  if (plan.shards > 1) {
    steps.push({
      name: `Run this shard's share of ${targets.join(', ')}`,
      env: { SHARD: '${{ matrix.shard }}', SHARDS: String(plan.shards) },
      run: buildShardScript(nx, targets),
    });
    const shards = Array.from({ length: plan.shards }, (_, i) => i + 1);
    const name = `${targets.join(', ')} (shard \${{ matrix.shard }}/${plan.shards})`;
    return createJob(plan, name, steps, {
      strategy: { 'fail-fast': false, matrix: { shard: shards } },
    });
  }
  steps.push({
    name: `Run ${targets.join(', ')} on affected projects`,
    run: `${nx} affected -t ${targets.join(' ')} --parallel=3`,
  });
  return createJob(plan, targets.join(', '), steps);
}

function buildStartCiRunStep(plan: CiPlan, nx: string): GithubStep {
  const last = plan.checkTargets[plan.checkTargets.length - 1];
  return {
    name: 'Start Nx Cloud distribution',
    run: `${nx} start-ci-run --distribute-on="${plan.nxCloudDistribution}" --stop-agents-after="${last}"`,
  };
}

function buildIntegrationJob(plan: CiPlan): GithubJob {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const targets = [...new Set(plan.integration.map((item) => item.target))];
  const services = listServices(plan);
  const described = services.map((s) => `${s.name} (${s.image})`).join(', ');
  const steps = buildSetupSteps(plan, 'integration');

  if (!plan.serviceContainers) {
    steps.push({
      name: `Run ${targets.join(', ')}; docker-up starts ${described || 'the compose services'}`,
      run: `${nx} affected -t ${targets.join(' ')} --parallel=1`,
    });
    return createJob(plan, `Integration: ${targets.join(', ')}`, steps);
  }
  // The services already run as containers of the job, so docker-up (which
  // would find their ports taken) is left out of the task graph, and with
  // it the migrations, which therefore run first on their own.
  const migrate = buildMigrateCommands(nx, plan.integration);
  if (migrate.length) {
    steps.push({
      name: `Run ${listMigrations(plan)} before ${targets.join(', ')}`,
      run: migrate.join('\n'),
    });
  }
  steps.push({
    name: `Run ${targets.join(', ')} against the service containers ${described}`,
    run: `${nx} affected -t ${targets.join(' ')} --parallel=1 --exclude-task-dependencies`,
  });
  return createJob(plan, `Integration: ${targets.join(', ')}`, steps, {
    services: buildServiceContainers(services),
  });
}

function listMigrations(plan: CiPlan): string {
  const names = plan.integration.flatMap((item) =>
    item.migrations.map((task) => `${task.project}:${task.target}`),
  );
  return [...new Set(names)].join(', ');
}

function buildServiceContainers(services: ComposeService[]) {
  return Object.fromEntries(
    services.map((service) => {
      const container: Record<string, unknown> = { image: service.image };
      if (service.ports.length) container.ports = service.ports;
      if (Object.keys(service.environment).length)
        container.env = service.environment;
      if (service.healthOptions.length)
        container.options = service.healthOptions.join(' ');
      return [service.name, container];
    }),
  );
}

function buildE2eJob(
  plan: CiPlan,
  target: string,
  jobs: Record<string, GithubJob>,
): GithubJob {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const steps = buildSetupSteps(plan, 'e2e');
  steps.push({
    name: `Run ${target} on affected projects`,
    run: `${nx} affected -t ${target} --parallel=1`,
  });
  return createJob(plan, `E2E on ${plan.mainBranch}`, steps, {
    needs: Object.keys(jobs),
    if: onMainPush(plan),
  });
}

function buildDeployJob(
  plan: CiPlan,
  jobs: Record<string, GithubJob>,
): GithubJob {
  const nx = getPackageManagerCommands(plan.packageManager).nx;
  const steps = buildSetupSteps(plan, 'deploy');
  steps.push({
    name: `Run ${plan.deployTarget} on affected projects`,
    run: `${nx} affected -t ${plan.deployTarget} --parallel=1`,
  });
  return createJob(plan, `Deploy from ${plan.mainBranch}`, steps, {
    needs: Object.keys(jobs),
    if: onMainPush(plan),
    environment: 'production',
  });
}

function onMainPush(plan: CiPlan): string {
  return `github.event_name == 'push' && github.ref == 'refs/heads/${plan.mainBranch}'`;
}
