/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One meeting of a trajectory: what it is about, and how long after the one before it comes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Meeting#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leerkring.model.Meeting#getWeeksAfter <em>Weeks After</em>}</li>
 *   <li>{@link nl.leerkring.model.Meeting#getPhases <em>Phases</em>}</li>
 *   <li>{@link nl.leerkring.model.Meeting#isAfterTrial <em>After Trial</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' containment reference.
	 * @see #setTitle(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getMeeting_Title()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getTitle();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Meeting#getTitle <em>Title</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' containment reference.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Weeks After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weeks after the meeting before it (0 for the first).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weeks After</em>' attribute.
	 * @see #setWeeksAfter(int)
	 * @see nl.leerkring.model.LeerkringPackage#getMeeting_WeeksAfter()
	 * @model
	 * @generated
	 */
	int getWeeksAfter();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Meeting#getWeeksAfter <em>Weeks After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weeks After</em>' attribute.
	 * @see #getWeeksAfter()
	 * @generated
	 */
	void setWeeksAfter(int value);

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' reference list.
	 * The list contents are of type {@link nl.leerkring.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The phases of the method this meeting runs (planning in one, trying out and evaluating in the next); none: all of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phases</em>' reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getMeeting_Phases()
	 * @model
	 * @generated
	 */
	EList<Phase> getPhases();

	/**
	 * Returns the value of the '<em><b>After Trial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weeks before this meeting are a trial period: the group works as it agreed, and this meeting evaluates it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>After Trial</em>' attribute.
	 * @see #setAfterTrial(boolean)
	 * @see nl.leerkring.model.LeerkringPackage#getMeeting_AfterTrial()
	 * @model
	 * @generated
	 */
	boolean isAfterTrial();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Meeting#isAfterTrial <em>After Trial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After Trial</em>' attribute.
	 * @see #isAfterTrial()
	 * @generated
	 */
	void setAfterTrial(boolean value);

} // Meeting
