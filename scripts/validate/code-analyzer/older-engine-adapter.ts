import { Engine, EnginePluginV1, EventType } from '@salesforce/code-analyzer-engine-api';
import type {
    ConfigDescription,
    ConfigObject,
    ConfigValueExtractor,
    DescribeOptions,
    EnginePlugin,
    EngineRunResults,
    Event,
    RuleDescription,
    RunOptions
} from '@salesforce/code-analyzer-engine-api';

/**
 * An engine built on an older `@salesforce/code-analyzer-engine-api`: everything Code Analyzer core calls,
 * except `removeEventListener`, which later engine APIs added (0.35.0 has it, 0.29.0 not) and core 0.52 calls after
 * describing an engine's rules.
 */
interface OlderEngine {
    getName(): string;
    describeRules(describeOptions: DescribeOptions): Promise<RuleDescription[]>;
    runRules(ruleNames: string[], runOptions: RunOptions): Promise<EngineRunResults>;
    getEngineVersion(): Promise<string>;
    onEvent(eventType: EventType, callback: (event: Event) => void): void;
}

/** The plugin of such an engine (`EnginePluginV1` of its engine API). */
export interface OlderEnginePlugin extends EnginePlugin {
    describeEngineConfig(engineName: string): ConfigDescription;
    createEngineConfig(engineName: string, configValueExtractor: ConfigValueExtractor): Promise<ConfigObject>;
    createEngine(engineName: string, resolvedConfig: ConfigObject): Promise<OlderEngine>;
}

/** Gives an older engine the current API's event methods; every other call goes straight to the engine. */
class OlderEngineAdapter extends Engine {
    constructor(private readonly engine: OlderEngine) {
        super();
        for (const eventType of Object.values(EventType)) {
            engine.onEvent(eventType, (event) => this.emitEvent(event));
        }
    }

    getName(): string {
        return this.engine.getName();
    }

    describeRules(describeOptions: DescribeOptions): Promise<RuleDescription[]> {
        return this.engine.describeRules(describeOptions);
    }

    runRules(ruleNames: string[], runOptions: RunOptions): Promise<EngineRunResults> {
        return this.engine.runRules(ruleNames, runOptions);
    }

    getEngineVersion(): Promise<string> {
        return this.engine.getEngineVersion();
    }
}

class OlderEnginePluginAdapter extends EnginePluginV1 {
    constructor(private readonly plugin: OlderEnginePlugin) {
        super();
    }

    getAvailableEngineNames(): string[] {
        return this.plugin.getAvailableEngineNames();
    }

    override describeEngineConfig(engineName: string): ConfigDescription {
        return this.plugin.describeEngineConfig(engineName);
    }

    override createEngineConfig(
        engineName: string,
        configValueExtractor: ConfigValueExtractor
    ): Promise<ConfigObject> {
        return this.plugin.createEngineConfig(engineName, configValueExtractor);
    }

    async createEngine(engineName: string, resolvedConfig: ConfigObject): Promise<Engine> {
        return new OlderEngineAdapter(await this.plugin.createEngine(engineName, resolvedConfig));
    }
}

/**
 * Lets Code Analyzer core run an engine plugin published against an older engine API. The only gap is the
 * engine's `removeEventListener`; the adapter re-emits the engine's events from an engine of the current API,
 * which has it. Used for `@salesforce/code-analyzer-flow-engine` 0.22.0 (engine API 0.24.0), the newest Flow
 * engine on the npm registry: without it, core fails while listing rules with
 * `TypeError: engine.removeEventListener is not a function`.
 */
export function adaptOlderEnginePlugin(plugin: OlderEnginePlugin): EnginePlugin {
    return new OlderEnginePluginAdapter(plugin);
}
