/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Step#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getInstruction <em>Instruction</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getPrompt <em>Prompt</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getTimeboxMinutes <em>Timebox Minutes</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#isTimeboxSourced <em>Timebox Sourced</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#isPerCase <em>Per Case</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#isSubgroups <em>Subgroups</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getCaptures <em>Captures</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getActiveRoles <em>Active Roles</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#isSkippable <em>Skippable</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#isRepeatPerParticipant <em>Repeat Per Participant</em>}</li>
 *   <li>{@link nl.leerkring.model.Step#getTips <em>Tips</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Title()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Instruction</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the facilitator does in this step; not meant for the projected group view.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instruction</em>' containment reference.
	 * @see #setInstruction(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Instruction()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getInstruction();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#getInstruction <em>Instruction</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instruction</em>' containment reference.
	 * @see #getInstruction()
	 * @generated
	 */
	void setInstruction(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Prompt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the group is asked in this step; shown large.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prompt</em>' containment reference.
	 * @see #setPrompt(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Prompt()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getPrompt();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#getPrompt <em>Prompt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt</em>' containment reference.
	 * @see #getPrompt()
	 * @generated
	 */
	void setPrompt(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Timebox Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned minutes; 0 when the method gives no timebox.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timebox Minutes</em>' attribute.
	 * @see #setTimeboxMinutes(int)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_TimeboxMinutes()
	 * @model
	 * @generated
	 */
	int getTimeboxMinutes();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#getTimeboxMinutes <em>Timebox Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timebox Minutes</em>' attribute.
	 * @see #getTimeboxMinutes()
	 * @generated
	 */
	void setTimeboxMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Timebox Sourced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source states the timebox; otherwise it is Leerkring's own choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timebox Sourced</em>' attribute.
	 * @see #setTimeboxSourced(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_TimeboxSourced()
	 * @model
	 * @generated
	 */
	boolean isTimeboxSourced();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#isTimeboxSourced <em>Timebox Sourced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timebox Sourced</em>' attribute.
	 * @see #isTimeboxSourced()
	 * @generated
	 */
	void setTimeboxSourced(boolean value);

	/**
	 * Returns the value of the '<em><b>Per Case</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step belongs to the round a case gets: the steps marked so in a row are gone through again for each further case the group takes in one session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Per Case</em>' attribute.
	 * @see #setPerCase(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_PerCase()
	 * @model
	 * @generated
	 */
	boolean isPerCase();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#isPerCase <em>Per Case</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Per Case</em>' attribute.
	 * @see #isPerCase()
	 * @generated
	 */
	void setPerCase(boolean value);

	/**
	 * Returns the value of the '<em><b>Subgroups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group works in subgroups (triads, tables) in this step; what is recorded is kept per subgroup.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subgroups</em>' attribute.
	 * @see #setSubgroups(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Subgroups()
	 * @model
	 * @generated
	 */
	boolean isSubgroups();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#isSubgroups <em>Subgroups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subgroups</em>' attribute.
	 * @see #isSubgroups()
	 * @generated
	 */
	void setSubgroups(boolean value);

	/**
	 * Returns the value of the '<em><b>Captures</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Capture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Captures</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Captures()
	 * @model containment="true"
	 * @generated
	 */
	EList<Capture> getCaptures();

	/**
	 * Returns the value of the '<em><b>Active Roles</b></em>' reference list.
	 * The list contents are of type {@link nl.leerkring.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is active in this step; empty means everyone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active Roles</em>' reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getStep_ActiveRoles()
	 * @model
	 * @generated
	 */
	EList<Role> getActiveRoles();

	/**
	 * Returns the value of the '<em><b>Skippable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The facilitator may skip this step (with a reason).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Skippable</em>' attribute.
	 * @see #setSkippable(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Skippable()
	 * @model
	 * @generated
	 */
	boolean isSkippable();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#isSkippable <em>Skippable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skippable</em>' attribute.
	 * @see #isSkippable()
	 * @generated
	 */
	void setSkippable(boolean value);

	/**
	 * Returns the value of the '<em><b>Repeat Per Participant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step is run as a round: once for every participant in turn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Repeat Per Participant</em>' attribute.
	 * @see #setRepeatPerParticipant(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getStep_RepeatPerParticipant()
	 * @model
	 * @generated
	 */
	boolean isRepeatPerParticipant();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Step#isRepeatPerParticipant <em>Repeat Per Participant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Repeat Per Participant</em>' attribute.
	 * @see #isRepeatPerParticipant()
	 * @generated
	 */
	void setRepeatPerParticipant(boolean value);

	/**
	 * Returns the value of the '<em><b>Tips</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.LocalizedText}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tips and pitfalls for the facilitator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tips</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getStep_Tips()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalizedText> getTips();

} // Step
