/**
 * Quality: the models (questionnaires) assigned to campaigns and the evaluations of interactions
 * made with them by agents and supervisors (ADV-02, REC-04, REC-05); the administration of the models and their
 * questions.
 */
package org.webchat.quality;
