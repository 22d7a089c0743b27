export default defineBackground(() => {
  // Wired up by the messaging layer (utils/messages.ts) as features land.
});
