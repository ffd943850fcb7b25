package dev.sluice.environment.service;

/**
 * A service nearly every scenario uses (the database most origins read): an environment that
 * starts services begins its start beside the engine's, instead of on its first use, so that no
 * scenario waits for it. Any other service starts on first use.
 */
public interface StartsEagerly extends ServicePlugin {}
