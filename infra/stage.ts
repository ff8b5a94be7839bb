import { RemovalPolicy } from "aws-cdk-lib";

export const STAGES = ["dev", "prod"] as const;
export type Stage = (typeof STAGES)[number];

/** Everything that differs between stages, decided in one place. */
export interface StageConfig {
  name: Stage;
  /** What CloudFormation does with stateful resources when they leave the stack. */
  removalPolicy: RemovalPolicy;
  /** Table deletion protection and stack termination protection. */
  protectData: boolean;
}

const isStage = (value: unknown): value is Stage => STAGES.some((stage) => stage === value);

/** From `-c stage=dev|prod`. Only prod keeps its data; dev is disposable. */
export function stageConfig(value: unknown): StageConfig {
  if (!isStage(value))
    throw new Error(`Unknown stage ${JSON.stringify(value)}: use -c stage=${STAGES.join("|")}`);
  const prod = value === "prod";
  return {
    name: value,
    removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    protectData: prod,
  };
}
