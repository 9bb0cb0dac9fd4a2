// The tag is shared with the dwelling's and the resident's pages (components/rentals).
export { ContractStatusTag } from '@/components/rentals/contract-status-tag'
