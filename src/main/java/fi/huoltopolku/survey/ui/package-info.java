/** The printable handover sheet with the survey's QR code. */
@NullMarked
package fi.huoltopolku.survey.ui;

import org.jspecify.annotations.NullMarked;
